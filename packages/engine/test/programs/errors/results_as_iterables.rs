fn main() {
    let words = vec!["3", "apple", "7"];
    let numbers: Vec<i64> = words.iter().flat_map(|w| w.parse::<i64>()).collect();
    println!("{:?}", numbers);
    let checked: Result<u8, String> = Err(String::from("no"));
    for v in checked {
        println!("never {}", v);
    }
    let fine: Result<u8, String> = Ok(9);
    for v in fine {
        println!("got {}", v);
    }
    let all: Vec<u32> = vec![Ok(1), Err("x"), Ok(3)].into_iter().flatten().collect();
    println!("{:?}", all);
}
