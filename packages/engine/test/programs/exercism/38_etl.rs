// ETL: transform score -> letters into letter -> score.
use std::collections::BTreeMap;

fn transform(legacy: &BTreeMap<i32, Vec<char>>) -> BTreeMap<char, i32> {
    let mut result = BTreeMap::new();
    for (&score, letters) in legacy {
        for letter in letters {
            result.insert(letter.to_ascii_lowercase(), score);
        }
    }
    result
}

fn main() {
    let mut legacy = BTreeMap::new();
    legacy.insert(1, vec!['A', 'E', 'I', 'O', 'U', 'L', 'N', 'R', 'S', 'T']);
    legacy.insert(2, vec!['D', 'G']);
    legacy.insert(3, vec!['B', 'C', 'M', 'P']);
    legacy.insert(4, vec!['F', 'H', 'V', 'W', 'Y']);
    legacy.insert(5, vec!['K']);
    legacy.insert(8, vec!['J', 'X']);
    legacy.insert(10, vec!['Q', 'Z']);
    let modern = transform(&legacy);
    let line: Vec<String> = modern.iter().map(|(c, s)| format!("{}={}", c, s)).collect();
    println!("{}", line.join(" "));
    println!("{} letters", modern.len());
}
