// Option: take, replace, map, and_then, unwrap_or, ok_or, filter, zip.
#[derive(Debug)]
struct Slot {
    item: Option<String>,
}

fn parse_age(s: &str) -> Option<u32> {
    s.trim().parse().ok()
}

fn check_adult(age: u32) -> Option<u32> {
    if age >= 18 { Some(age) } else { None }
}

fn main() {
    let mut slot = Slot { item: Some("apple".to_string()) };
    let taken = slot.item.take();
    println!("taken = {:?}, slot = {:?}", taken, slot);
    let prev = slot.item.replace("pear".to_string());
    println!("prev = {:?}, slot = {:?}", prev, slot);
    let prev = slot.item.replace("plum".to_string());
    println!("prev = {:?}, slot = {:?}", prev, slot);

    let len = slot.item.as_ref().map(|s| s.len());
    println!("len = {:?}, slot still has {:?}", len, slot.item);

    for input in ["42", " 17 ", "abc", "30"] {
        let adult = parse_age(input).and_then(check_adult);
        let doubled = parse_age(input).map(|a| a * 2).unwrap_or(0);
        let res: Result<u32, String> = parse_age(input).ok_or(format!("'{}' is not a number", input));
        println!("{:>6}: adult={:?} doubled={} res={:?}", input, adult, doubled, res);
    }

    let a = Some(2);
    let b: Option<i32> = None;
    println!("zip = {:?}, {:?}", a.zip(Some('x')), a.zip(b));
    println!("filter = {:?}, {:?}", a.filter(|v| v % 2 == 0), Some(3).filter(|v| v % 2 == 0));
    println!("or = {:?}, xor = {:?}", b.or(Some(9)), a.xor(Some(1)));
    println!("unwrap_or_else = {}", b.unwrap_or_else(|| -1));
    println!("map_or = {}", a.map_or(0, |v| v * 100));
    let mut counter = Some(0);
    if let Some(c) = counter.as_mut() {
        *c += 5;
    }
    println!("counter = {:?}, get_or_insert = {}", counter, *b.clone().get_or_insert(7));
    let names = vec![Some("ann"), None, Some("bo")];
    let present: Vec<&str> = names.iter().flatten().copied().collect();
    println!("present = {:?}", present);
}
