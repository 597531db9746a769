fn main() {
    let mut opt = Some(String::from("hi"));
    match &opt {
        Some(s) => {
            opt = None;
            println!("got {}", s);
        }
        None => println!("none"),
    }
    println!("{:?}", opt);
}
