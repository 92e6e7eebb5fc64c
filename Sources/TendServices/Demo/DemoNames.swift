/// Fictional names for demo stores: English, Spanish, Vietnamese, German, Polish, Irish, French,
/// Chinese, Japanese and Korean, with accents and CJK characters so that every screen and report
/// is exercised with them.
enum DemoNames {
    static let latin: [(family: String, given: [String])] = [
        ("Ramírez", ["María", "José", "Lucía"]), ("García", ["Ana", "Jesús", "Inés"]),
        ("Nguyễn", ["Thị Hương", "Văn Minh", "Đức"]), ("Müller", ["Jürgen", "Käthe", "Günter"]),
        ("Łukasiewicz", ["Łukasz", "Zofia", "Stanisław"]), ("Ó Súilleabháin", ["Seán", "Siobhán", "Pádraig"]),
        ("Lefèvre", ["Hélène", "François", "Anaïs"]), ("Whitman", ["Walter", "Ruth", "Harold"]),
        ("Lawson", ["Margaret", "Dorothy", "Frank"]), ("Johnson", ["Mary", "James", "Patricia"]),
        ("Smith", ["Robert", "Linda", "Barbara"]), ("Williams", ["Michael", "Susan", "Joseph"]),
        ("Brown", ["Thomas", "Karen", "Charles"]), ("Jones", ["Nancy", "Betty", "George"]),
        ("Davis", ["Helen", "Donald", "Shirley"]), ("Martínez", ["Rosa", "Tomás", "Ángel"]),
        ("Hernández", ["Guadalupe", "Raúl", "Mónica"]), ("López", ["Dolores", "Ramón", "Begoña"]),
        ("Gonçalves", ["João", "Conceição", "Sebastião"]), ("Søndergaard", ["Søren", "Åse", "Bjørn"]),
        ("Kowalczyk", ["Małgorzata", "Wojciech", "Jadwiga"]), ("Dvořák", ["Jiří", "Zdeňka", "Přemysl"]),
        ("O'Brien", ["Maureen", "Patrick", "Bridget"]), ("Washington", ["Gloria", "Earl", "Loretta"]),
        ("Anderson", ["Carol", "Kenneth", "Joyce"]), ("Taylor", ["Virginia", "Ralph", "Evelyn"]),
        ("Thomas", ["Frances", "Eugene", "Marilyn"]), ("Moore", ["Alice", "Wayne", "Jean"]),
        ("Jackson", ["Louise", "Roy", "Doris"]), ("White", ["Mildred", "Howard", "Lillian"]),
        ("Harris", ["Irene", "Carl", "Edna"]), ("Clark", ["Rita", "Albert", "Thelma"]),
        ("Lewis", ["Ethel", "Willie", "Gladys"]), ("Robinson", ["Beverly", "Arthur", "June"]),
        ("Walker", ["Marjorie", "Lawrence", "Norma"]), ("Young", ["Theresa", "Jerry", "Judith"]),
    ]

    static let cjk: [(family: String, given: [String])] = [
        ("王", ["秀英", "建国", "淑珍"]), ("李", ["桂英", "志强", "玉兰"]), ("张", ["丽华", "伟", "凤英"]),
        ("陈", ["美玲", "国华"]), ("山田", ["花子", "太郎"]), ("佐藤", ["和子", "清"]),
        ("김", ["영자", "철수"]), ("박", ["순자", "민수"]), ("高橋", ["幸子", "茂"]),
    ]

    static func name(_ index: Int, using random: inout SeededRandom) -> (family: String, given: String) {
        let pool = random.chance(0.12) ? cjk : latin
        let entry = random.pick(pool)
        return (entry.family, random.pick(entry.given))
    }

    static let nurses: [(String, String)] = [
        ("Okafor", "Adaeze"), ("Lindqvist", "Maja"), ("Beaumont", "Claire"), ("Tanaka", "Yui"),
        ("Reyes", "Carmen"), ("Novak", "Ivana"), ("Hughes", "Bethany"), ("Mensah", "Kofi"),
    ]

    static let practitioners: [(String, String, String)] = [
        ("Lawson", "Eleanor", "MD"), ("Iyer", "Priya", "NP"), ("Fischer", "Paul", "DO"), ("Moreau", "Luc", "PA"),
    ]
}
