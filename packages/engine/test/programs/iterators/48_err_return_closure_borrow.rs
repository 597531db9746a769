fn make_tagger(tag: String) -> impl Fn(&str) -> String {
    |text| format!("[{}] {}", tag, text)
}

fn main() {
    let warn = make_tagger(String::from("WARN"));
    println!("{}", warn("disk almost full"));
    println!("{}", warn("memory high"));
}
