fn main() {
    let names = [String::from("a"), String::from("b")];
    let lens = names.map(|s| s.len());
    println!("{:?} {:?}", lens, names);
}
