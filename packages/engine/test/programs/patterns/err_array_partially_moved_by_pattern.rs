fn main() {
    let words = [String::from("a"), String::from("b")];
    let [x, _] = words;
    println!("{} {:?}", x, words);
}
