fn main() {
    let first = vec![1, 2, 3];
    let second = vec![4, 5];
    let third = vec![6];
    let all = [first, second, third].concat();
    println!("{:?}", all);

    let words = ["memory", "safety", "without", "garbage", "collection"];
    println!("{}", words.join(" "));
    println!("{}", words.join("_").to_uppercase());

    let lines = vec![vec!["a", "b"], vec!["c"], vec!["d", "e", "f"]];
    let flat: Vec<&str> = lines.concat();
    println!("{:?}", flat);

    let parts: Vec<String> = (1..=4).map(|n| n.to_string()).collect();
    println!("{}", parts.join(" + "));
    let csv_rows = vec![vec!["id", "name"], vec!["1", "Ann"], vec!["2", "Bo"]];
    for row in &csv_rows {
        println!("{}", row.join(","));
    }
}
