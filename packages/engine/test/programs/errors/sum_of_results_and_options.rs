fn main() {
    let total: Result<i32, String> = vec![Ok(3), Ok(4), Ok(5)].into_iter().sum();
    println!("{:?}", total);
    let bad: Result<i32, String> = vec![Ok(3), Err("bad".to_string()), Err("worse".to_string())].into_iter().sum();
    println!("{:?}", bad);
    let p: Option<u64> = [Some(2u64), Some(5)].into_iter().product();
    let q: Option<u64> = [Some(2u64), None].into_iter().product();
    println!("{:?} {:?}", p, q);
    let parsed: Result<i32, std::num::ParseIntError> = "1 2 3".split(' ').map(|s| s.parse::<i32>()).sum();
    println!("{:?}", parsed);
    let f: Option<f64> = vec![Some(1.5), Some(2.0)].into_iter().sum();
    println!("{:?}", f);
}
