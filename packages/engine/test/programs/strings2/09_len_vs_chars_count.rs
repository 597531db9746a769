fn describe(s: &str) {
    println!("{:<12} bytes={:>2} chars={:>2}", s, s.len(), s.chars().count());
}

fn main() {
    describe("hello");
    describe("héllo");
    describe("über");
    describe("Привет");
    describe("日本語");
    describe("🦀 crab");
    describe("");

    let s = "naïve";
    let ascii = s.is_ascii();
    println!("{} is ascii? {}", s, ascii);
    println!("'é'.len_utf8() = {}", 'é'.len_utf8());
    println!("'🦀'.len_utf8() = {}", '🦀'.len_utf8());
    println!("'a'.len_utf8() = {}", 'a'.len_utf8());
}
