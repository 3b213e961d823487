//! Lists of lists in two flat vectors (compressed sparse rows): one allocation per table, not one per row.

/// Row `i` is `items[starts[i]..starts[i + 1]]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Lists {
    starts: Vec<u32>,
    items: Vec<u32>,
}

impl Default for Lists {
    fn default() -> Lists {
        Lists { starts: vec![0], items: Vec::new() }
    }
}

impl Lists {
    /// Appends one row.
    pub fn push_row(&mut self, row: impl IntoIterator<Item = u32>) {
        self.items.extend(row);
        self.starts.push(self.items.len() as u32);
    }

    /// The rows of a table given as one vector per row.
    pub fn from_rows(rows: Vec<Vec<u32>>) -> Lists {
        let mut lists = Lists {
            starts: Vec::with_capacity(rows.len() + 1),
            items: Vec::with_capacity(rows.iter().map(Vec::len).sum()),
        };
        lists.starts.push(0);
        for row in rows {
            lists.push_row(row);
        }
        lists
    }

    /// Row `i`, empty past the end.
    pub fn row(&self, i: usize) -> &[u32] {
        match (self.starts.get(i), self.starts.get(i + 1)) {
            (Some(&start), Some(&end)) => &self.items[start as usize..end as usize],
            _ => &[],
        }
    }

    pub fn len(&self) -> usize {
        self.starts.len() - 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_come_back_as_given() {
        let lists = Lists::from_rows(vec![vec![1, 2], vec![], vec![3]]);
        assert_eq!(lists.len(), 3);
        assert_eq!(lists.row(0), [1, 2]);
        assert_eq!(lists.row(1), [] as [u32; 0]);
        assert_eq!(lists.row(2), [3]);
        assert_eq!(lists.row(3), [] as [u32; 0]);
    }
}
