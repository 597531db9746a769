fn main() {
    let small = [1u8, 2, 3];
    let big = [200u8, 50, 10];
    let a = small.iter().try_fold(0u8, |acc, &x| acc.checked_add(x));
    let b = big.iter().try_fold(0u8, |acc, &x| acc.checked_add(x));
    println!("{:?} {:?}", a, b);
    let parsed: Result<i32, String> = ["4", "5", "x", "6"].iter().try_fold(0, |acc, s| {
        s.parse::<i32>().map(|n| acc + n).map_err(|e| format!("{}: {}", s, e))
    });
    let fine: Result<i32, String> = ["4", "5"].iter().try_fold(0, |acc, s| s.parse::<i32>().map(|n| acc + n).map_err(|e| e.to_string()));
    println!("{:?} {:?}", parsed, fine);
}
