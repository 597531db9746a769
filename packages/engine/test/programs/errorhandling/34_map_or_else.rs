fn main() {
    let maybe_nickname: Option<&str> = None;
    let greeting = maybe_nickname.map_or("Hello, stranger".to_string(), |n| format!("Hello, {}", n));
    println!("{}", greeting);

    let nick = Some("Ferris");
    println!("{}", nick.map_or("Hello, stranger".to_string(), |n| format!("Hello, {}", n)));

    let results: [Result<i32, String>; 3] = [Ok(4), Err("disk full".to_string()), Ok(-2)];
    for r in &results {
        let line = r.as_ref().map_or_else(|e| format!("failed: {}", e), |v| format!("value squared: {}", v * v));
        println!("{}", line);
    }

    let lengths: Vec<usize> = ["abc", "", "hello"]
        .iter()
        .map(|s| s.chars().next().map_or(0, |_| s.len()))
        .collect();
    println!("{:?}", lengths);

    let is_big = Some(150).is_some_and(|x| x > 100);
    let is_err_empty = Err::<i32, &str>("").is_err_and(|e| e.is_empty());
    println!("{} {}", is_big, is_err_empty);
}
