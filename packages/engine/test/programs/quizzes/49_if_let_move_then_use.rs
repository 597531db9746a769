fn main() {
    let opt = Some(String::from("hi"));
    if let Some(x) = opt {
        println!("x = {}", x);
    }
    println!("{}", opt.is_some());
}
