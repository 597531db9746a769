mod list {
    pub fn first_word(s: &String) -> &str {
        s.split(' ').next().unwrap_or("")
    }
}
fn main() {
    let mut s = String::from("hello world");
    let w = list::first_word(&s);
    s.clear();
    println!("{}", w);
}
