// The returned iterator still borrows `s`, but the signature hides it.
fn upper_words(s: &str) -> impl Iterator<Item = String> {
    s.split(' ').map(|w| w.to_uppercase())
}

fn main() {
    let text = String::from("make it loud");
    let v: Vec<String> = upper_words(&text).collect();
    println!("{:?}", v);
}
