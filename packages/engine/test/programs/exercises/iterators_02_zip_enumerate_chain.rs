fn main() {
    let names = ["ann", "ben", "cat", "dan"];
    let ages = [31, 25, 47];
    for (i, name) in names.iter().enumerate() {
        println!("{}: {}", i + 1, name);
    }
    let pairs: Vec<(&str, i32)> = names.iter().copied().zip(ages.iter().copied()).collect();
    println!("{:?}", pairs);
    let oldest = pairs.iter().max_by_key(|(_, a)| *a).unwrap();
    println!("oldest {} ({})", oldest.0, oldest.1);
    let youngest = pairs.iter().min_by_key(|p| p.1).map(|p| p.0);
    println!("youngest {:?}", youngest);
    let a = vec![1, 2, 3];
    let b = vec![10, 20];
    let all: Vec<i32> = a.iter().chain(b.iter()).cloned().collect();
    println!("chained {:?}", all);
    let dot: i32 = a.iter().zip(b.iter()).map(|(x, y)| x * y).sum();
    println!("dot {}", dot);
    let labels: Vec<String> = (b'a'..=b'e').map(|c| (c as char).to_string()).collect();
    println!("{}", labels.concat());
    let evens_odds: Vec<String> = (0..6)
        .map(|i| if i % 2 == 0 { format!("e{}", i) } else { format!("o{}", i) })
        .collect();
    println!("{:?}", evens_odds);
    let idx_of_max = ages.iter().enumerate().max_by_key(|&(_, a)| a).map(|(i, _)| i);
    println!("index of max age {:?}", idx_of_max);
    let unzipped: (Vec<&str>, Vec<i32>) = pairs.into_iter().unzip();
    println!("{:?}", unzipped);
    let stepped: Vec<u32> = (0..20).step_by(5).collect();
    println!("{:?}", stepped);
    let cycled: Vec<char> = "ab".chars().cycle().take(5).collect();
    println!("{:?}", cycled);
}
