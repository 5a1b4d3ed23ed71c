#include "demo/DemoModel.h"

#include "domain/TextKey.h"

// Invented, synthetic names only: common given names and surnames from many cultures,
// combined at random. No person, address or email here is real.

namespace enc::demo::names {

namespace {

QStringList fromUtf8(std::initializer_list<const char *> items)
{
    QStringList out;
    out.reserve(qsizetype(items.size()));
    for (const char *s : items)
        out << QString::fromUtf8(s);
    return out;
}

} // namespace

const QStringList &girls()
{
    static const QStringList pool = fromUtf8(
        {"Olivia",    "Amelia",  "Isla",     "Ava",     "Freya",   "Lily",   "Siân",    "Zoë",
         "Aoife",     "Niamh",   "Siobhán",  "Cerys",   "Efa",     "Seren",  "Mali",    "Rhiannon",
         "Zofia",     "Maja",    "Hanna",    "Ioana",   "Ayesha",  "Fatima", "Zainab",  "Maryam",
         "Layla",     "Amara",   "Chiamaka", "Ama",     "Nia",     "Priya",  "Anaya",   "Mei",
         "Chloé",     "Inés",    "Élodie",   "Noémie",  "Grace",   "Poppy",  "Evie",    "Ruby",
         "Sophia",    "Aaliyah", "Hafsa",    "Khadija", "Sofía",   "Lucía",  "Aisling", "Maisie",
         "Willow",    "Ivy",     "Esmé",     "Daisy",   "Matilda", "Harper", "Elif",    "Zeynep",
         "Amina",     "Yetunde", "Adaeze",   "Kalina",  "Oliwia",  "Smita",  "Tia-Mae", "Lacey-Jo",
         "Anna-Maria"});
    return pool;
}

const QStringList &boys()
{
    static const QStringList pool = fromUtf8(
        {"Oliver",   "George",  "Noah",     "Arthur",  "Leo",    "Harry",  "Oscar",    "Jack",
         "Alfie",    "Rhys",    "Dafydd",   "Osian",   "Gethin", "Seán",   "Oisín",    "Cian",
         "Łukasz",   "Jakub",   "Wojciech", "Mateusz", "Ștefan", "Andrei", "Mohammed", "Muhammad",
         "Yusuf",    "Ibrahim", "Omar",     "Ayaan",   "Aarav",  "Arjun",  "Kwame",    "Chidi",
         "Tendai",   "Kofi",    "Wei",      "Hao",     "José",   "Mateo",  "Noé",      "Théo",
         "Elijah",   "Reuben",  "Zain",     "Hamza",   "Dylan",  "Finley", "Tomás",    "Bartłomiej",
         "Jamie",    "Teddy",   "Freddie",  "Archie",  "Mason",  "Emre",   "Kerem",    "Tobiasz",
         "Jean-Luc", "Kai",     "Rowan",    "Ezra",    "Bilal",  "Idris"});
    return pool;
}

const QStringList &surnames()
{
    static const QStringList pool = fromUtf8(
        {"Smith",      "Jones",    "Williams",   "Taylor",    "Brown",       "Davies",
         "Evans",      "Wilson",   "Thomas",     "Roberts",   "Johnson",     "Lewis",
         "Walker",     "Robinson", "Wood",       "Thompson",  "White",       "Watson",
         "Jackson",    "Wright",   "Green",      "Harris",    "Cooper",      "King",
         "Lee",        "Martin",   "Clarke",     "James",     "Morgan",      "Hughes",
         "Edwards",    "Hill",     "Moore",      "Harrison",  "Scott",       "Young",
         "Morris",     "Hall",     "Ward",       "Turner",    "Carter",      "Phillips",
         "Mitchell",   "Patel",    "Khan",       "Begum",     "Hussain",     "Ahmed",
         "Ali",        "Shah",     "Akhtar",     "Rahman",    "Chaudhry",    "Singh",
         "Kaur",       "Sharma",   "Gill",       "O'Brien",   "O'Connor",    "O'Neill",
         "O'Sullivan", "D'Souza",  "McCarthy",   "MacDonald", "Murphy",      "Byrne",
         "Nowak",      "Kowalski", "Wiśniewska", "Wójcik",    "Lewandowski", "Zieliński",
         "Popescu",    "Ionescu",  "Öztürk",     "Yılmaz",    "Demir",       "Okafor",
         "Adeyemi",    "Mensah",   "Okonkwo",    "Boateng",   "Mwangi",      "Nguyễn",
         "Chen",       "Wang",     "Li",         "Zhang",     "García",      "Fernández",
         "Müller",     "Schäfer",  "Dubois",     "Lefèvre",   "Silva",       "Santos",
         "Ferreira",   "ap Rhys",  "Llewellyn",  "Pryce",     "Le Roux",     "van der Berg",
         "Smithson",   "Smithers", "Smart",      "Small",     "Smyth",       "Ó Ceallaigh"});
    return pool;
}

const QStringList &adultForenames()
{
    static const QStringList pool = fromUtf8(
        {"Helen",  "Claire", "Rachel",  "Joanne", "Gemma",  "Nadia",  "Anita",   "Bethan",
         "Ffion",  "Karen",  "Paul",    "Gareth", "Imran",  "Tariq",  "Dariusz", "Agata",
         "Chinwe", "Femi",   "Owain",   "Lowri",  "Priti",  "Samira", "Rosa",    "Tom",
         "Daniel", "Emma",   "Laura",   "Martyn", "Yasmin", "Hywel",  "Ngozi",   "Marek",
         "Shona",  "Aled",   "Bronwen", "Farah",  "Jonah",  "Meera",  "Colm",    "Róisín"});
    return pool;
}

const QStringList &streets()
{
    static const QStringList pool = fromUtf8(
        {"Oak",        "Ash",      "Beech",      "Rowan",    "Hawthorn", "Willow",     "Elm",
         "Chestnut",   "Larch",    "Juniper",    "Primrose", "Bluebell", "Foxglove",   "Heather",
         "Kingfisher", "Heron",    "Wren",       "Lark",     "Meadow",   "Orchard",    "Mill",
         "Church",     "Station",  "Victoria",   "Albert",   "Queens",   "Park",       "Brook",
         "Spring",     "Hillside", "Riverside",  "Castle",   "Market",   "Chapel",     "Quarry",
         "Forge",      "Tannery",  "Coronation", "Jubilee",  "St Non's", "Maes-y-Coed"});
    return pool;
}

const QStringList &streetKinds()
{
    static const QStringList pool =
        fromUtf8({"Road", "Street", "Close", "Avenue", "Way", "Lane", "Crescent", "Drive",
                  "Gardens", "Court", "Terrace", "Grove", "Rise", "View"});
    return pool;
}

const QStringList &localities()
{
    static const QStringList pool = fromUtf8(
        {"Ashcombe Vale", "Brackenmoor", "Carrowby", "Dunsmere", "Eastholme", "Fernwick",
         "Greyhaven", "Hollinsford", "Kestrel Bay", "Lowmarsh", "Marrowdale", "Northcliffe Rise"});
    return pool;
}

const QStringList &settingWords()
{
    static const QStringList pool =
        fromUtf8({"Little Acorns", "Rainbow",       "Sunflower",   "Tiny Steps", "Ladybird",
                  "Honeycomb",     "Teddy Bears",   "Treetops",    "Owlets",     "Hedgehogs",
                  "Bluebell",      "Kingfisher",    "Butterflies", "Starlight",  "Moonbeam",
                  "Willow Tree",   "Acorn Cottage", "Pebbles",     "Lighthouse", "Meadowlark",
                  "Puffins",       "Caterpillars",  "Seedlings",   "Dragonflies"});
    return pool;
}

QString person(Random &rng)
{
    const QString forename = rng.pick(adultForenames());
    return forename + QLatin1Char(' ') + rng.pick(surnames());
}

QString asciiKey(const QString &text)
{
    // Folded letters, then anything outside a-z0-9 dropped (ł, ı and the like).
    const QString folded = TextKey::name(text);
    QString out;
    for (const QChar c : folded) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out.append(c);
    }
    return out;
}

} // namespace enc::demo::names
