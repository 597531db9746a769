fn main() {
    let b: Option<Box<i32>> = Some(Box::new(5));
    let r = &b;
    let x: Option<&i32> = r.as_deref();
    println!("{:?}", x);
}
