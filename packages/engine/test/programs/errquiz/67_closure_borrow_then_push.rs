fn main() {
    let mut playlist = vec![("Heroes", 371), ("Changes", 213), ("Starman", 258)];

    let total_secs = || playlist.iter().map(|(_, s)| s).sum::<u32>();
    println!("before: {} s", total_secs());
    println!("still: {} s", total_secs());

    playlist.push(("Life on Mars?", 235));
    playlist.sort_by_key(|&(_, s)| s);

    let longest = playlist.last().unwrap();
    println!("after: {} tracks, longest is {}", playlist.len(), longest.0);
}
