#pragma once

// Object names shared by the widgets and the GUI tests that find them.
namespace enc::ui::names {
inline constexpr char Sidebar[] = "sidebar";
inline constexpr char Pages[] = "pages";
inline constexpr char TrackerView[] = "trackerView";
inline constexpr char TrackerSearch[] = "trackerSearch";
inline constexpr char TrackerStatusFilter[] = "trackerStatusFilter";
inline constexpr char TrackerExportProgress[] = "trackerExportProgress";
inline constexpr char StatusDatabase[] = "statusDatabase";
inline constexpr char StatusCounts[] = "statusCounts";
inline constexpr char StatusConnection[] = "statusConnection";
// Settings directory and Members pages (ui/directory).
inline constexpr char SettingsView[] = "settingsView";
inline constexpr char SettingsFilter[] = "settingsFilter";
inline constexpr char SettingsShowArchived[] = "settingsShowArchived";
inline constexpr char SettingsNew[] = "settingsNew";
inline constexpr char SettingsEdit[] = "settingsEdit";
inline constexpr char SettingsArchive[] = "settingsArchive";
inline constexpr char SettingDialog[] = "settingDialog";
inline constexpr char SettingsImport[] = "settingsImport";
inline constexpr char SettingsImportDialog[] = "settingsImportDialog";
inline constexpr char SettingsImportRows[] = "settingsImportRows";
inline constexpr char SettingsImportErrors[] = "settingsImportErrors";
inline constexpr char MembersView[] = "membersView";
inline constexpr char MembersFilter[] = "membersFilter";
inline constexpr char MembersShowInactive[] = "membersShowInactive";
inline constexpr char MembersNew[] = "membersNew";
inline constexpr char MembersEdit[] = "membersEdit";
inline constexpr char MembersDeactivate[] = "membersDeactivate";
inline constexpr char MemberDialog[] = "memberDialog";
// Audit viewer (ui/audit) and the idle lock.
inline constexpr char AuditPage[] = "auditPage";
inline constexpr char AuditView[] = "auditView";
inline constexpr char AuditChild[] = "auditChild";
inline constexpr char AuditUser[] = "auditUser";
inline constexpr char AuditFrom[] = "auditFrom";
inline constexpr char AuditTo[] = "auditTo";
inline constexpr char AuditChain[] = "auditChain";
inline constexpr char LockScreen[] = "lockScreen";
inline constexpr char UnlockButton[] = "unlockButton";
inline constexpr char RoleLabel[] = "statusRole";
} // namespace enc::ui::names
