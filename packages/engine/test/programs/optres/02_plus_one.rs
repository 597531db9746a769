fn plus_one(x: Option<i32>) -> Option<i32> {
    match x {
        None => None,
        Some(i) => Some(i + 1),
    }
}

fn main() {
    let five = Some(5);
    let six = plus_one(five);
    let none = plus_one(None);
    println!("{:?} {:?} {:?}", five, six, none);
    if let Some(n) = six {
        println!("six holds {}", n);
    }
    println!("is_some: {}, is_none: {}", six.is_some(), none.is_none());
}
