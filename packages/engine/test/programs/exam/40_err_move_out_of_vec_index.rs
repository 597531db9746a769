fn main() {
    let words = vec![String::from("alpha"), String::from("beta"), String::from("gamma")];
    let first = words[0];
    println!("first = {}", first);
    println!("rest = {:?}", &words[1..]);
}
