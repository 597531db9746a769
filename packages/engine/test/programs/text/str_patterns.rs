// Every pattern kind std's str methods take: a &str, a char, a set of chars, a closure, a fn.
fn main() {
    let csv = "name, age;city,,zip";
    let fields: Vec<&str> = csv.split(|c| c == ',' || c == ';').collect();
    println!("{:?}", fields);
    let trimmed: Vec<&str> = csv.split(&[',', ';'][..]).map(str::trim).collect();
    println!("{:?}", trimmed);
    println!("{:?}", "a.b.c.".split_terminator('.').collect::<Vec<_>>());
    println!("{:?}", "a.b.c".rsplit('.').collect::<Vec<_>>());
    println!("{:?}", "aaa".split("aa").collect::<Vec<_>>());
    println!("{:?}", "aaa".rsplit("aa").collect::<Vec<_>>());
    println!("{:?}", "ab".split("").collect::<Vec<_>>());
    println!("{:?}", "k=v=w".splitn(2, '=').collect::<Vec<_>>());
    println!("{:?}", "k=v=w".rsplitn(2, '=').collect::<Vec<_>>());
    println!("{:?}", "line one\nline two\n".split_inclusive('\n').collect::<Vec<_>>());
    println!("{:?}", "Mary had a little lamb".split(char::is_whitespace).collect::<Vec<_>>());
    let text = "the cat sat on the mat with the hat";
    println!("{}", text.matches("the").count());
    println!("{:?}", text.match_indices("at").map(|(i, _)| i).collect::<Vec<_>>());
    println!("{:?}", text.rmatch_indices("at").collect::<Vec<_>>());
    println!("{:?}", "a1b22c333".matches(char::is_numeric).collect::<Vec<_>>());
    println!("{:?}", "héllo wörld".match_indices(|c: char| !c.is_ascii()).collect::<Vec<_>>());
    println!("{}", "hello world".replace(|c: char| "aeiou".contains(c), "*"));
    println!("{}", "ab".replace("", "-"));
    println!("{}", "one two three".replacen(' ', "_", 1));
    println!("{:?}", "key: value".split_once(|c: char| c == ':'));
    println!("{:?}", "a-b-c".rsplit_once('-'));
    println!("{:?}", "#tag".strip_prefix('#'));
    println!("{:?}", "42!".strip_suffix(|c: char| c.is_ascii_punctuation()));
    println!("{:?}", "x42".strip_prefix(char::is_numeric));
    println!("{:?} {:?}", "hello".find(""), "hello".rfind(""));
    println!("{:?}", "naïve café".find(|c: char| c == 'é'));
    println!("{:?}", "naïve café".rfind('a'));
    let words: Vec<String> = "  many   spaces here ".split(' ').filter(|w| !w.is_empty()).map(|w| w.to_uppercase()).collect();
    println!("{}", words.join("|"));
}
