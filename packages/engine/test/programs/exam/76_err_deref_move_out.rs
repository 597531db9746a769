fn main() {
    let names = vec![String::from("Ann"), String::from("Bo")];
    let r = &names[1];
    let owned: String = *r;
    println!("{} {}", owned, names.len());
}
