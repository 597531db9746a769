fn main() {
    let items = ["1", "2"];
    let r: Result<i32, String> = items.iter().try_fold(0, |acc, s| {
        let n: i32 = s.parse().map_err(|_| format!("bad"))?;
        Ok(acc + n)
    });
    println!("{:?}", r);
}
