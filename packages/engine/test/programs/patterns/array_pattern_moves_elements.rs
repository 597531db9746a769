fn main() {
    let words = [String::from("a"), String::from("b")];
    let [x, y] = words;
    println!("{} {}", x, y);
}
