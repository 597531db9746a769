fn main() {
    let ids = vec![101, 205, 330];
    let doubled: Vec<i32> = ids.iter().copied().map(|x| x * 2).collect();
    println!("{:?} -> {:?}", ids, doubled);

    let tags = vec![String::from("rust"), String::from("iter"), String::from("lab")];
    let owned: Vec<String> = tags.iter().cloned().filter(|t| t.len() > 3).collect();
    println!("original still usable: {:?}", tags);
    println!("cloned long tags: {:?}", owned);

    let maybe_first: Option<String> = tags.first().cloned();
    println!("first tag: {:?}", maybe_first);
}
