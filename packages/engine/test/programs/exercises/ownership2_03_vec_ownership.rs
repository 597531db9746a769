fn longest_owned(v: &[String]) -> Option<String> {
    v.iter().max_by_key(|s| s.len()).cloned()
}

fn drain_short(v: &mut Vec<String>, max: usize) -> Vec<String> {
    let mut short = Vec::new();
    let mut i = 0;
    while i < v.len() {
        if v[i].len() <= max {
            short.push(v.remove(i));
        } else {
            i += 1;
        }
    }
    short
}

fn main() {
    let mut words: Vec<String> = "a bb ccc dddd ee f ggggg".split(' ').map(String::from).collect();
    let best = longest_owned(&words);
    println!("{:?}", best);
    let short = drain_short(&mut words, 2);
    println!("short {:?} rest {:?}", short, words);
    let first = words[0].clone();
    let moved_out = std::mem::take(&mut words[1]);
    println!("{} {:?} {:?}", first, moved_out, words);
    let swapped = std::mem::replace(&mut words[0], String::from("new"));
    println!("{} {:?}", swapped, words);
    let last = words.pop().unwrap();
    words.push(last + "!");
    println!("{:?}", words);
    let total: usize = words.iter().map(String::len).sum();
    let owned: Vec<String> = words.into_iter().filter(|w| !w.is_empty()).collect();
    println!("{} {:?}", total, owned);
    let mut a = vec![1];
    let mut b = vec![2, 3];
    std::mem::swap(&mut a, &mut b);
    a.append(&mut b);
    println!("{:?} {:?}", a, b);
}
