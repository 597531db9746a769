fn main() {
    let path = "home/alice/projects/rust/main.rs";

    let parts: Vec<&str> = path.split('/').collect();
    println!("split: {:?}", parts);

    let first_two: Vec<&str> = path.splitn(3, '/').collect();
    println!("splitn(3): {:?}", first_two);

    let from_right: Vec<&str> = path.rsplit('/').collect();
    println!("rsplit: {:?}", from_right);

    let file = path.rsplit('/').next().unwrap();
    println!("file name: {}", file);

    if let Some((dir, name)) = path.rsplit_once('/') {
        println!("dir = {}, name = {}", dir, name);
    }

    let kv = "timeout=30";
    let mut it = kv.splitn(2, '=');
    let key = it.next().unwrap();
    let value = it.next().unwrap();
    println!("{} -> {}", key, value);

    let csv = "a,,b,c,";
    let fields: Vec<&str> = csv.split(',').collect();
    println!("{} fields: {:?}", fields.len(), fields);
    let non_empty: Vec<&str> = csv.split(',').filter(|f| !f.is_empty()).collect();
    println!("non-empty: {:?}", non_empty);
}
