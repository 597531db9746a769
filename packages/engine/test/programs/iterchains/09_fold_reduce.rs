fn main() {
    let nums = [3, 8, 1, 9, 4];

    let sum = nums.iter().fold(0, |acc, x| acc + x);
    let max = nums.iter().copied().reduce(|a, b| if a > b { a } else { b });
    let csv = nums.iter().fold(String::new(), |mut s, n| {
        if !s.is_empty() {
            s.push(',');
        }
        s.push_str(&n.to_string());
        s
    });

    println!("sum = {}", sum);
    println!("max = {:?}", max);
    println!("csv = {}", csv);

    let empty: Vec<i32> = Vec::new();
    println!("reduce on empty = {:?}", empty.into_iter().reduce(|a, b| a + b));
}
