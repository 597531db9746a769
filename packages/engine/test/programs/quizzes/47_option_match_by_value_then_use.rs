fn main() {
    let opt = Some(String::from("hi"));
    match opt {
        Some(s) => println!("got {}", s),
        None => println!("none"),
    }
    println!("{:?}", opt);
}
