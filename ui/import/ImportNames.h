#pragma once

// Object names of the import screens, shared with their GUI tests.
namespace enc::ui::names {
inline constexpr char ImportPage[] = "importPage";
inline constexpr char ImportTabs[] = "importTabs";
inline constexpr char ImportSteps[] = "importSteps";
inline constexpr char ImportChooseFile[] = "importChooseFile";
inline constexpr char ImportFileLabel[] = "importFileLabel";
inline constexpr char ImportSheet[] = "importSheet";
inline constexpr char ImportPreview[] = "importPreview";
inline constexpr char ImportProfileLabel[] = "importProfileLabel";
inline constexpr char ImportSaveProfile[] = "importSaveProfile";
inline constexpr char ImportReceived[] = "importReceived";
inline constexpr char ImportCheck[] = "importCheck";
inline constexpr char ImportMessage[] = "importMessage";
inline constexpr char ImportProgress[] = "importProgress";
inline constexpr char ImportCancel[] = "importCancel";
inline constexpr char ImportCommit[] = "importCommit";
inline constexpr char ImportBack[] = "importBack";
inline constexpr char ImportRows[] = "importRows";
inline constexpr char ImportStatusFilter[] = "importStatusFilter";
inline constexpr char ImportNotice[] = "importNotice";
inline constexpr char ImportBatches[] = "importBatches";
inline constexpr char ImportUndo[] = "importUndo";
// "importCount_" + the count's JSON key (new_ppns, new_children, ...).
inline constexpr char ImportCountPrefix[] = "importCount_";
// "importColumn_" + the column's number (0-based): the field that column holds.
inline constexpr char ImportColumnPrefix[] = "importColumn_";
inline constexpr char ReviewView[] = "reviewView";
inline constexpr char ReviewAccept[] = "reviewAccept";
inline constexpr char ReviewNew[] = "reviewNew";
inline constexpr char ReviewDismiss[] = "reviewDismiss";
inline constexpr char ReviewMessage[] = "reviewMessage";
inline constexpr char NoSettingArea[] = "noSettingArea";
inline constexpr char NoSettingView[] = "noSettingView";
inline constexpr char NoSettingExportCsv[] = "noSettingExportCsv";
inline constexpr char NoSettingExportXlsx[] = "noSettingExportXlsx";
inline constexpr char NoSettingImport[] = "noSettingImport";
inline constexpr char NoSettingMessage[] = "noSettingMessage";
} // namespace enc::ui::names
