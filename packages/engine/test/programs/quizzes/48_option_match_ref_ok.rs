fn main() {
    let opt = Some(String::from("hi"));
    match opt {
        Some(ref s) => println!("got {}", s),
        None => println!("none"),
    }
    if let Some(s) = opt.as_ref() {
        println!("len {}", s.len());
    }
    println!("{:?}", opt);
}
