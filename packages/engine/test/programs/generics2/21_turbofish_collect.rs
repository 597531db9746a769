fn main() {
    let mut v = Vec::<i32>::new();
    v.push(3);
    v.push(1);
    v.push(2);
    println!("{:?}", v);

    let doubled = v.iter().map(|x| x * 2).collect::<Vec<_>>();
    println!("{:?}", doubled);

    let word = "generic".chars().rev().collect::<String>();
    println!("{}", word);

    let numbers = "4,8,15,16,23,42"
        .split(',')
        .map(|s| s.parse::<u32>().unwrap())
        .collect::<Vec<u32>>();
    let total = numbers.iter().sum::<u32>();
    println!("{:?} -> {}", numbers, total);

    let parsed: Result<Vec<i32>, _> = ["1", "x", "3"].iter().map(|s| s.parse::<i32>()).collect();
    println!("all ok? {}", parsed.is_ok());

    let longest = std::cmp::max::<usize>(3, 9);
    println!("{}", longest);
}
