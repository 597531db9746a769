enum MyError {
    Bad,
}

fn main() {
    let r: Result<i32, MyError> = Ok(1);
    println!("{}", r.unwrap());
}
