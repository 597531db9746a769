fn main() {
    let csv_line = "  alice , bob,carol ,  dave ";
    let names: Vec<String> = csv_line.split(',').map(|s| s.trim().to_string()).collect();
    println!("{:?}", names);

    let shout: Vec<String> = names.iter().map(|n| n.to_uppercase()).collect();
    println!("{}", shout.join(" | "));

    let initials: String = names.iter().filter_map(|n| n.chars().next()).collect();
    println!("initials: {}", initials);

    let acronym = "portable network graphics"
        .split(' ')
        .map(|w| w[..1].to_uppercase())
        .collect::<Vec<String>>()
        .concat();
    println!("acronym: {}", acronym);
}
