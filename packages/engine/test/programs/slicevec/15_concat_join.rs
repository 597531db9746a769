// concat flattens a slice of slices; join puts a separator between them.
fn main() {
    let rows = vec![vec![1, 2], vec![3], vec![4, 5, 6]];
    let flat: Vec<i32> = rows.concat();
    println!("flat: {:?}", flat);

    let parts = ["2024", "05", "17"];
    println!("date: {}", parts.join("-"));
    println!("packed: {}", parts.concat());

    // join on slices of slices with a slice separator.
    let groups = [[1, 2], [3, 4], [5, 6]];
    let with_zero = groups.join(&0);
    println!("joined with 0: {:?}", with_zero);

    let words: Vec<String> = vec!["hello".to_string(), "borrow".to_string(), "checker".to_string()];
    let sentence = words.join(" ");
    println!("{}", sentence);
    println!("words still usable: {}", words.len());

    // Building a CSV line from numbers.
    let values = [3.5, 2.0, 7.25];
    let line = values
        .iter()
        .map(|v| v.to_string())
        .collect::<Vec<_>>()
        .join(",");
    println!("csv: {}", line);
}
