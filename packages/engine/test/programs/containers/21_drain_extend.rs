fn main() {
    let mut inbox = vec!["msg1", "msg2", "msg3", "msg4", "msg5"];
    let mut archive: Vec<&str> = Vec::new();

    // move the first three messages to the archive
    let old: Vec<&str> = inbox.drain(..3).collect();
    archive.extend(old);
    println!("inbox:   {:?}", inbox);
    println!("archive: {:?}", archive);

    archive.extend(["note-a", "note-b"].iter());
    archive.extend_from_slice(&inbox);
    println!("archive now has {} items", archive.len());

    let everything: Vec<&str> = archive.drain(..).collect();
    println!("drained {} items, archive empty: {}", everything.len(), archive.is_empty());
}
