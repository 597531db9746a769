// Mistake: the for loop consumes the vector, then we try to sort it.
fn main() {
    let mut names = vec![String::from("Tom"), String::from("Ann"), String::from("Lu")];
    for n in names {
        println!("hello {}", n);
    }
    names.sort();
    println!("{:?}", names);
}
