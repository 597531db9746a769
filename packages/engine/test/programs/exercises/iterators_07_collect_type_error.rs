// Exercise: compute the length of every word and report the average.
fn average(v: &[usize]) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    v.iter().sum::<usize>() as f64 / v.len() as f64
}

fn longest_index(v: &[usize]) -> Option<usize> {
    v.iter().enumerate().max_by_key(|(_, n)| **n).map(|(i, _)| i)
}

fn main() {
    let words = vec!["apple", "banana", "cherry", "kiwi"];
    let lengths: Vec<usize> = words.iter().map(|w| w.len());
    println!("lengths {:?}", lengths);
    println!("average {:.2}", average(&lengths));
    if let Some(i) = longest_index(&lengths) {
        println!("longest word is {}", words[i]);
    }
    let short: Vec<&&str> = words.iter().filter(|w| w.len() < 6).collect();
    println!("short words {:?}", short);
}
