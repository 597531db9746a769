fn divide(a: i32, b: i32) -> Result<i32, String> {
    if b == 0 {
        Err(format!("cannot divide {} by zero", a))
    } else {
        Ok(a / b)
    }
}

fn main() {
    let some: Option<&str> = Some("word");
    let none: Option<&str> = None;
    println!("{:?} {:?}", some, none);
    println!("{:?}", divide(10, 3));
    println!("{:?}", divide(1, 0));
    let results: Vec<Result<i32, String>> = vec![divide(8, 2), divide(5, 0)];
    println!("{:?}", results);
    println!("{:#?}", results);
    let nested: Option<Option<i32>> = Some(None);
    println!("{:?}", nested);
    let r: Result<(), ()> = Ok(());
    println!("{:?}", r);
    println!("{:?}", Some(vec![Some(1.5), None]));
}
