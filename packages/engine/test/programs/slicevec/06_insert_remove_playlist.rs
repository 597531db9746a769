// insert and remove shift the elements after the position.
fn show(list: &[String]) {
    for (i, song) in list.iter().enumerate() {
        println!("  {}. {}", i + 1, song);
    }
}

fn main() {
    let mut playlist: Vec<String> = vec!["Intro", "Rain", "Outro"]
        .into_iter()
        .map(String::from)
        .collect();

    playlist.insert(1, String::from("Sunrise"));
    playlist.insert(playlist.len(), String::from("Bonus"));
    println!("after inserts:");
    show(&playlist);

    let removed = playlist.remove(2);
    println!("removed {}", removed);

    // swap_remove is O(1) but changes the order.
    let gone = playlist.swap_remove(0);
    println!("swap_removed {}", gone);
    show(&playlist);

    if let Some(pos) = playlist.iter().position(|s| s == "Outro") {
        playlist.remove(pos);
    }
    println!("final:");
    show(&playlist);
}
