fn lookup(id: u32) -> Option<&'static str> {
    match id {
        1 => Some("alpha"),
        3 => Some("gamma"),
        _ => None,
    }
}

fn main() {
    let ids = [1, 2, 3, 4];
    let found: Vec<&str> = ids.iter().filter_map(|&id| lookup(id)).collect();
    println!("{:?}", found);

    let same: Vec<&str> = ids.iter().map(|&id| lookup(id)).flatten().collect();
    println!("{:?}", same);

    let raw = ["7", "x", "11", "-2"];
    let nums: Vec<i32> = raw.iter().map(|s| s.parse::<i32>()).flatten().collect();
    println!("{:?}", nums);

    let pairs: Vec<(u32, char)> = (1..=2).flat_map(|n| "ab".chars().map(move |c| (n, c))).collect();
    println!("{:?}", pairs);
}
