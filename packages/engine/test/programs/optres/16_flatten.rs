fn main() {
    let nested: Option<Option<&str>> = Some(Some("inner"));
    let nested_none: Option<Option<&str>> = Some(None);
    println!("{:?} {:?}", nested.flatten(), nested_none.flatten());

    let maybe_values = vec![Some(1), None, Some(3), None, Some(5)];
    let present: Vec<i32> = maybe_values.iter().flatten().copied().collect();
    println!("present = {:?}", present);

    let words = ["10", "ten", "20", "-3", "3.5"];
    let nums: Vec<i32> = words.iter().map(|w| w.parse().ok()).flatten().collect();
    println!("parsed = {:?}", nums);

    let also: Vec<i32> = words.iter().filter_map(|w| w.parse().ok()).collect();
    println!("filter_map = {:?}", also);
}
