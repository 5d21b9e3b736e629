"""The Streamlit dashboard: a map of incidents by state, filters, figures and exports."""
