fn main() {
    let nested: Option<Option<i32>> = Some(Some(1));
    let n2: Option<Option<String>> = Some(None);
    let n3: Option<Option<String>> = None;
    println!("{:?} {:?} {:?}", nested.flatten(), n2.flatten(), n3.flatten());
    let v = vec![Some(1), None, Some(3)];
    let s: Vec<i32> = v.iter().flatten().copied().collect();
    println!("{:?}", s);
}
