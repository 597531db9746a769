fn main() {
    let mut opt = Some(String::from("hi"));
    match &opt {
        Some(s) => {
            println!("got {}", s);
            opt = None;
        }
        None => println!("none"),
    }
    println!("{:?}", opt);
}
