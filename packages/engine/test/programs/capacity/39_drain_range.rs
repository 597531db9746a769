// Draining a middle range closes the gap; capacity unchanged.
fn main() {
    let mut playlist: Vec<String> = ["intro", "verse", "chorus", "verse", "bridge", "outro"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    println!("len={} cap={}", playlist.len(), playlist.capacity());
    let cut: Vec<String> = playlist.drain(1..4).collect();
    println!("cut {:?} (len={} cap={})", cut, cut.len(), cut.capacity());
    println!("left {:?} (len={} cap={})", playlist, playlist.len(), playlist.capacity());
}
