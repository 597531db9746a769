fn main() {
    let a: Option<u8> = Some(2);
    let b: Option<&str> = Some("b");
    let none_u8: Option<u8> = None;

    println!("Some.and(Some) = {:?}", a.and(b));
    println!("None.and(Some) = {:?}", none_u8.and(b));
    println!("Some.or(None) = {:?}", a.or(none_u8));
    println!("None.or(Some(9)) = {:?}", none_u8.or(Some(9)));
    println!("None.or_else = {:?}", none_u8.or_else(|| Some(100)));

    let r1: Result<i32, &str> = Ok(1);
    let r2: Result<i32, &str> = Err("late");
    println!("Ok.and(Err) = {:?}", r1.and(r2));
    println!("Err.or(Ok) = {:?}", r2.or(r1));
    println!("Err.or_else = {:?}", r2.or_else(|e| if e == "late" { Ok::<i32, &str>(0) } else { Err(e) }));
    println!("Ok.and_then = {:?}", r1.and_then(|x| if x > 0 { Ok(x * 10) } else { Err("neg") }));
}
