// to_vec copies a slice into a new Vec; extend_from_slice appends clones.
fn main() {
    let defaults = ["--quiet", "--color"];
    let mut args: Vec<&str> = defaults.to_vec();
    args.extend_from_slice(&["--jobs", "4"]);
    println!("args: {:?}", args);
    println!("defaults untouched: {:?}", defaults);

    let names = vec![String::from("ann"), String::from("bob")];
    // to_vec clones each String, so names keeps ownership.
    let mut copy = names.to_vec();
    copy.push(String::from("cy"));
    println!("names {:?}, copy {:?}", names, copy);

    // Appending part of another vector.
    let mut log = vec![1, 2];
    let incoming = vec![3, 4, 5, 6];
    log.extend_from_slice(&incoming[1..3]);
    println!("log: {:?}", log);

    // append moves everything out of the other Vec.
    let mut more = vec![7, 8];
    log.append(&mut more);
    println!("log {:?}, more {:?}", log, more);

    // extend takes any iterator.
    log.extend(incoming.iter().filter(|&&x| x % 2 == 0));
    println!("with evens: {:?}", log);
}
