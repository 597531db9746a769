fn main() {
    let text = "The rain in Spain stays mainly in the plain.";

    println!("contains \"ain\": {}", text.contains("ain"));
    println!("starts with \"The\": {}", text.starts_with("The"));
    println!("ends with '.': {}", text.ends_with('.'));
    println!("find \"ain\": {:?}", text.find("ain"));
    println!("rfind \"ain\": {:?}", text.rfind("ain"));
    println!("find 'z': {:?}", text.find('z'));
    println!("occurrences of \"ain\": {}", text.matches("ain").count());

    let positions: Vec<usize> = text.match_indices("in").map(|(i, _)| i).collect();
    println!("\"in\" at {:?}", positions);

    println!("{}", text.replace("ain", "AIN"));
    println!("{}", text.replacen("in", "IN", 2));
    println!("{}", text.replace(' ', "_"));

    let censored = text
        .split(' ')
        .map(|w| if w.to_lowercase().starts_with("spain") { "*****" } else { w })
        .collect::<Vec<_>>()
        .join(" ");
    println!("{}", censored);
}
