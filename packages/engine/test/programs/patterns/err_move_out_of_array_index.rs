fn main() {
    let words = [String::from("a"), String::from("b")];
    let w = words[0];
    println!("{}", w);
}
